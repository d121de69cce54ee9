/** math: (to be written) */
export {};
