/** Iterations per bare flow; `npm run bench` sets it through the config module's run settings. */
import { benchIterations } from '../../helpers/config/index.ts';

export const BARE_ITERATIONS = benchIterations(5);
