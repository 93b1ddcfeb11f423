/** Real feature names of the apps services, by service id (see index.ts). */
export const appsFeatures: Record<string, readonly string[]> = {
};
