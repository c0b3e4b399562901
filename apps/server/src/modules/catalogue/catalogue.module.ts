import type { AppModule } from '../../app-module.ts';
import { registerBenchmarkRoutes } from './benchmarks.routes.ts';
import { registerItemRoutes } from './catalogue.routes.ts';
import { registerPublicItemRoutes } from './catalogue-public.routes.ts';

/** The item catalogue and benchmarks in the console (执法事项目录、裁量基准). */
export const itemsModule: AppModule = {
  name: 'items',
  prefix: '/api/items',
  register: (app, { services }) => registerItemRoutes(app, services.catalogue),
};

/** Benchmark evaluation (裁量计算), used by the console and later by the warning rules. */
export const benchmarksModule: AppModule = {
  name: 'benchmarks',
  prefix: '/api/benchmarks',
  register: (app, { services }) => registerBenchmarkRoutes(app, services.catalogue),
};

/** The catalogue in force, for the public portal, no sign-in. */
export const publicItemsModule: AppModule = {
  name: 'public-items',
  prefix: '/api/public/items',
  register: (app, { services }) => registerPublicItemRoutes(app, services.catalogue),
};
