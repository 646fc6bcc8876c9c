# Multi-stage build of every Dvorik app; one image, the command picks the app.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# mariadb-dump / mariadb for backup:create and backup:restore (they speak to MySQL 8 as well).
RUN apt-get update && apt-get install -y --no-install-recommends mariadb-client \
  && rm -rf /var/lib/apt/lists/* && mkdir /backups && chown node /backups
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000 3001
# api by default; docker-compose.yml runs worker, bots and the migrate step from the same image.
# Node flags per app: apps/node-flags.json (a larger young generation for the API's request garbage).
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
