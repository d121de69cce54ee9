/** listmethods: (to be written) */
export {};
