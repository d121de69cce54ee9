/** dictmethods: (to be written) */
export {};
