import type { AppModule } from '../../app-module.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { registerRoleRoutes } from './roles.routes.ts';
import { registerUserRoutes } from './users.routes.ts';

/** Sign-in and sessions (/api/auth). */
export const authModule: AppModule = {
  name: 'auth',
  prefix: '/api/auth',
  register: (app, { services }) => registerAuthRoutes(app, services.auth, services.sessions, services.policy),
};

/** Console accounts (/api/users). */
export const usersModule: AppModule = {
  name: 'users',
  prefix: '/api/users',
  register: (app, { services }) => registerUserRoutes(app, services.users),
};

/** Roles, permissions and security policy (/api). */
export const rolesModule: AppModule = {
  name: 'roles',
  prefix: '/api',
  register: (app, { services }) => registerRoleRoutes(app, services.roles, services.policy),
};
