import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';

/** A business module: its name, URL prefix and routes. */
export interface AppModule {
  name: string;
  prefix: string;
  register: (app: FastifyInstance, context: AppContext) => Promise<void> | void;
}

/**
 * The business modules, in the order they register. Explicit on purpose: adding a module is one
 * line here, and nothing is discovered by scanning folders.
 */
export const MODULES: AppModule[] = [];

/** Registers every module's routes under its prefix. */
export async function registerModules(app: FastifyInstance, context: AppContext): Promise<void> {
  for (const module of MODULES) {
    await app.register(async (scope) => module.register(scope, context), { prefix: module.prefix });
  }
}
