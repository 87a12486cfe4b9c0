/**
 * Loads the app driver a target names (APP_DRIVER), lays it over the reference driver, and checks it:
 * an unknown key, a bad locator spec or a module that does not load is one ConfigError naming the
 * file and the key, before any test runs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../../helpers/errors.ts';
import { checkLocatorOverrides, LocatorBook, loadLocatorBook } from '../locators.ts';
import type { AppDriverContext } from './app-driver.ts';
import { REFERENCE_DRIVER, type AppDriverModule, type AppSection } from './module.ts';
import { SdkAppDriver } from './sdk-app-driver.ts';
import { TRAIT_KEYS, type AppTraits } from './traits.ts';
import { WidgetAppDriver } from './widget-app-driver.ts';

interface ResolvedSection<D> {
  traits: AppTraits;
  /** The table this app's page objects use: reference, then the driver's, then LOCATOR_OVERRIDES. */
  locators: LocatorBook;
  driver: new (context: AppDriverContext) => D;
}

/** A driver ready to use: the merged locator book and each app's traits and driver class. */
export interface LoadedAppDriver {
  name: string;
  /** Where it came from (for messages): a file, or "the reference apps' driver". */
  source: string;
  locators: LocatorBook;
  sdkApp: ResolvedSection<SdkAppDriver>;
  widgetApp: ResolvedSection<WidgetAppDriver>;
}

const TOP_KEYS = ['name', 'locators', 'sdkApp', 'widgetApp'];

export async function loadAppDriver(options: { driverFile?: string; locatorOverridesFile?: string; root: string }): Promise<LoadedAppDriver> {
  const file = options.driverFile ? path.resolve(options.root, options.driverFile) : undefined;
  const module = file ? await importDriver(file) : REFERENCE_DRIVER;
  const source = file ?? "the reference apps' driver";
  checkDriver(module, source);
  const shared = new LocatorBook(module.locators ? checkLocatorOverrides(module.locators, `${source} (locators)`) : {});
  const bookFor = (app: 'sdkApp' | 'widgetApp') => {
    const own = (module[app] as AppSection<unknown> | undefined)?.locators;
    const book = own ? shared.with(checkLocatorOverrides(own, `${source} (${app}.locators)`)) : shared;
    return loadLocatorBook(options.locatorOverridesFile, book);
  };
  return {
    name: module.name,
    source,
    locators: loadLocatorBook(options.locatorOverridesFile, shared),
    sdkApp: resolveSection(REFERENCE_DRIVER.sdkApp, module.sdkApp, SdkAppDriver, bookFor('sdkApp')),
    widgetApp: resolveSection(REFERENCE_DRIVER.widgetApp, module.widgetApp, WidgetAppDriver, bookFor('widgetApp')),
  };
}

async function importDriver(file: string): Promise<AppDriverModule> {
  let imported: { default?: unknown };
  try {
    imported = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError([`APP_DRIVER ${file} could not be loaded (${firstLine(error)}); point APP_DRIVER at a driver module, e.g. drivers/sdk-variant.driver.ts`]);
  }
  if (!imported.default || typeof imported.default !== 'object') {
    throw new ConfigError([`APP_DRIVER ${file} has no default export; export default defineAppDriver({ name, ... }) (see drivers/sdk-variant.driver.ts)`]);
  }
  return imported.default as AppDriverModule;
}

function checkDriver(module: AppDriverModule, source: string): void {
  const problems: string[] = [];
  for (const key of Object.keys(module)) if (!TOP_KEYS.includes(key)) problems.push(`${source}: "${key}" is not a driver key (valid: ${TOP_KEYS.join(', ')})`);
  if (typeof module.name !== 'string' || !module.name) problems.push(`${source}: "name" must name the driver`);
  for (const app of ['sdkApp', 'widgetApp'] as const) {
    const section = module[app] as Record<string, unknown> | undefined;
    if (section === undefined) continue;
    for (const key of Object.keys(section)) {
      if (key !== 'driver' && key !== 'locators' && !(TRAIT_KEYS as readonly string[]).includes(key)) {
        problems.push(`${source}: "${app}.${key}" is not a trait (valid: driver, locators, ${TRAIT_KEYS.join(', ')})`);
      }
    }
    const base = app === 'sdkApp' ? SdkAppDriver : WidgetAppDriver;
    if (section.driver !== undefined && !(typeof section.driver === 'function' && (section.driver === base || section.driver.prototype instanceof base))) {
      problems.push(`${source}: "${app}.driver" must be a class extending ${base.name}`);
    }
  }
  if (problems.length) throw new ConfigError(problems, 'The app driver is invalid');
}

function resolveSection<D>(
  base: AppSection<D> & AppTraits,
  override: AppSection<D> | undefined,
  fallback: new (context: AppDriverContext) => D,
  locators: LocatorBook,
): ResolvedSection<D> {
  const merged = { ...base, ...(override ?? {}) };
  const traits = Object.fromEntries(TRAIT_KEYS.map((key) => [key, merged[key]])) as unknown as AppTraits;
  return { traits, locators, driver: merged.driver ?? fallback };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
