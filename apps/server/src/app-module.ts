import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';

/** A business module: its name, URL prefix and routes. */
export interface AppModule {
  name: string;
  prefix: string;
  register: (app: FastifyInstance, context: AppContext) => Promise<void> | void;
}
