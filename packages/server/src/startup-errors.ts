// Why the receiver could not start, as one line that says what to do: a person starting it
// from a terminal needs the fix, not Node's stack trace.

export interface StartupSettings {
  formsDir: string;
  dataDir: string;
  port: string;
}

type NodeError = Error & { code?: string; syscall?: string; path?: string };

export function explainStartupError(error: unknown, settings: StartupSettings): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as NodeError;
  const build = `build them with \`npx caf-forms build forms --out ${settings.formsDir}\`, or set CAF_FORMS_DIR to the folder you built them into`;
  if (e.code === 'ENOENT' && e.syscall === 'scandir') return `no folder '${e.path ?? settings.formsDir}' of compiled forms (CAF_FORMS_DIR): ${build}`;
  if (e.code === 'ENOTDIR' && e.syscall === 'scandir') return `'${e.path ?? settings.formsDir}' is not a folder (CAF_FORMS_DIR): ${build}`;
  if (/^no compiled forms found/.test(e.message)) return `no compiled forms in '${settings.formsDir}' (CAF_FORMS_DIR): ${build}`;
  if (e.code === 'EADDRINUSE') return `port ${settings.port} is already in use: stop what is using it, or set PORT to another port`;
  if (e.code === 'EACCES' && e.syscall === 'listen') return `not allowed to listen on port ${settings.port}: set PORT to a port above 1023`;
  if ((e.code === 'EACCES' || e.code === 'EROFS') && e.path)
    return `cannot write to '${e.path}': set CAF_DATA_DIR to a folder the receiver may write (now '${settings.dataDir}')`;
  if (e.code === 'ECONNREFUSED') return `the database refused the connection (DATABASE_URL): is PostgreSQL running and listening there?`;
  return e.message;
}
