/** setmethods: (to be written) */
export {};
