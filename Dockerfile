# Pinned to a release of Node 20 (the version the project supports and tests).
FROM node:20.20.0-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
COPY cypher ./cypher
COPY sql ./sql
COPY seeds ./seeds
COPY public ./public
COPY schema.graphql ./
RUN npm ci && npm prune --omit=dev \
  # The embedded store's folder, for running the image without Neo4j; the rest stays root's, read-only to the app.
  && mkdir -p /app/data && chown node:node /app/data
ENV NODE_ENV=production
# Inside a container the server must listen on every interface for the published port to reach it;
# outside containers HOST defaults to 127.0.0.1.
ENV HOST=0.0.0.0 PORT=4000 DATA_DIR=/app/data
EXPOSE 4000
# The image's unprivileged user (uid 1000), not root.
USER node
ENTRYPOINT ["node", "--no-memory-reducer", "bin/shabaka.js"]
