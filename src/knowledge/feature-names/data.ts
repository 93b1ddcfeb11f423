/** Real feature names of the data services, by service id (see index.ts). */
export const dataFeatures: Record<string, readonly string[]> = {
};
