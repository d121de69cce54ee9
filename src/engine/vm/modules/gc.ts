/** gc: (to be written) */
export {};
