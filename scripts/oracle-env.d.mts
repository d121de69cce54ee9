// Types of oracle-env.mjs for the TypeScript test helpers that share its oracle checks (test/pyenv.ts).
export function cleanEnv(): Record<string, string>;
export function assertCleanSitePackages(exe: string): void;
