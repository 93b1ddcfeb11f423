/** Real feature names of the analytics services, by service id (see index.ts). */
export const analyticsFeatures: Record<string, readonly string[]> = {
};
