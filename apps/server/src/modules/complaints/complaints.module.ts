import type { AppModule } from '../../app-module.ts';
import { registerComplaintRoutes } from './complaints.routes.ts';
import { registerComplaintHotlineRoutes } from './complaints-hotline.routes.ts';
import { registerComplaintImportRoutes } from './complaints-import.routes.ts';
import { registerPublicComplaintRoutes } from './complaints-public.routes.ts';
import { registerComplaintStatisticsRoutes } from './complaints-statistics.routes.ts';

/** Complaints in the console (/api/complaints): entry, the loop, export, 12345 import and results, statistics. */
export const complaintsModule: AppModule = {
  name: 'complaints',
  prefix: '/api/complaints',
  register: (app, { services }) => {
    registerComplaintRoutes(app, services.complaints);
    registerComplaintImportRoutes(app, services.complaints);
    registerComplaintHotlineRoutes(app, services.complaints);
    registerComplaintStatisticsRoutes(app, services.complaints);
  },
};

/** Complaint submission and tracking on the portal (/api/public/complaints), no sign-in. */
export const publicComplaintsModule: AppModule = {
  name: 'public-complaints',
  prefix: '/api/public/complaints',
  register: (app, { services }) => registerPublicComplaintRoutes(app, services.complaints.public),
};
