/** `node --import tsx scripts/env-example.ts > .env.example` regenerates the example settings file. */
import { renderEnvExample } from '../helpers/config/env-example.ts';

process.stdout.write(renderEnvExample());
