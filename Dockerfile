FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
COPY cypher ./cypher
COPY sql ./sql
COPY seeds ./seeds
COPY public ./public
COPY schema.graphql ./
RUN npm ci && npm prune --omit=dev
ENV NODE_ENV=production
ENTRYPOINT ["node", "--no-memory-reducer", "bin/shabaka.js"]
