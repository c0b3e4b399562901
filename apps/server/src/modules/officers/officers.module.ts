import type { AppModule } from '../../app-module.ts';
import { registerCertificateRoutes } from './certificates.routes.ts';
import { registerOfficerRecordRoutes } from './officer-records.routes.ts';
import { registerOfficerRoutes } from './officers.routes.ts';
import { registerPublicOfficerRoutes } from './public.routes.ts';
import { registerStaffingRoutes } from './staffing.routes.ts';

/** Enforcement and supervision officers (行政执法人员), their posts, training and exams. */
export const officersModule: AppModule = {
  name: 'officers',
  prefix: '/api/officers',
  register: (app, { services }) => {
    registerOfficerRoutes(app, services.officers);
    registerOfficerRecordRoutes(app, services.officers, services.trainings);
  },
};

/** Certificates (执法证, 监督证) and their status history. */
export const certificatesModule: AppModule = {
  name: 'certificates',
  prefix: '/api/certificates',
  register: (app, { services }) => registerCertificateRoutes(app, services.certificates),
};

/** Staffing figures per agency and their targets. */
export const staffingModule: AppModule = {
  name: 'staffing',
  prefix: '/api/staffing',
  register: (app, { services }) => registerStaffingRoutes(app, services.staffing),
};

/** The public certificate check (亮证) and QR codes. */
export const publicOfficersModule: AppModule = {
  name: 'public-officers',
  prefix: '/api/public',
  register: (app, { services, config }) =>
    registerPublicOfficerRoutes(app, services.publicOfficers, config.publicBaseUrl),
};
