# syntax=docker/dockerfile:1
# srm: build on Node 24 LTS, ship only what runs.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: `prepare` would build before the sources are here.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY jobs ./jobs
COPY rules ./rules
COPY checks ./checks
COPY remediations ./remediations
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:24-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root samples ./samples
COPY --chown=root:root manifest.yml ./manifest.yml
# The image's files belong to root and are read-only to the process; it runs as the unprivileged "node" user.
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Workers finish or hand back their jobs on SIGTERM; give them time before SIGKILL (compose: stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/bin.js", "serve"]
