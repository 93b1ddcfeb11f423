/** Real feature names of the compute services, by service id (see index.ts). */
export const computeFeatures: Record<string, readonly string[]> = {
};
