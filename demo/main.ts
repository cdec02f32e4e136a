// npm start: the demo site on http://localhost:8080 (PORT to change it), after the package
// script has built the forms and the element bundle.
import { startDemo } from './server.js';

const demo = await startDemo({ port: process.env.PORT ? Number(process.env.PORT) : 8080 });
console.log(`caf-forms demo: ${demo.url}  (received submissions: ${demo.url}/api/admin, stored in ${demo.receiver.store.description})`);
console.log('caf-forms demo: the admin pages ask for the development token, which is in data/admin-token (local development only; never printed)');
const stop = (): void => void demo.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
