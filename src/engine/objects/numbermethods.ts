/** numbermethods: (to be written) */
export {};
