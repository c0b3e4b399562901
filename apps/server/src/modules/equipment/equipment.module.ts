import type { AppModule } from '../../app-module.ts';
import { registerEquipmentRoutes } from './equipment.routes.ts';

/** The equipment register (制式服装、标志标识、装备). */
export const equipmentModule: AppModule = {
  name: 'equipment',
  prefix: '/api/equipment',
  register: (app, context) => registerEquipmentRoutes(app, context.services.equipment),
};
