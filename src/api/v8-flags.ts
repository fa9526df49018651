/**
 * V8 flags a server process starts with. V8's memory reducer runs full collections after startup and
 * after each lull to shrink the heap; their marking fell on the next requests (measured when the
 * embedded store lived in the heap). The flag is read when the heap is set up, so it is given on the
 * command line: to forked workers here, and in `npm start`, the Dockerfile and the API benchmark.
 */
export const SERVER_V8_FLAGS = ['--no-memory-reducer'];
