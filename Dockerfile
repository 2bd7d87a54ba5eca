# The API alone; Neo4j comes from docker-compose.yml (or any NEO4J_URI).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY seed ./seed
RUN npx tsc -p tsconfig.json && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/seed ./seed
# The IDE's saved questions are the README's example queries.
COPY README.md ./
# The explorer's browser code is served as written (plain ES modules), from src/.
COPY --from=build /app/src/server/explore/browser ./src/server/explore/browser
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The same heap cap as `npm start` (see docs/performance.md: memory).
CMD ["node", "--max-old-space-size=192", "dist/src/main.js"]
