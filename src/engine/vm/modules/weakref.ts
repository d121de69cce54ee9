/** weakref: (to be written) */
export {};
