/** time: (to be written) */
export {};
