/** typemethods: (to be written) */
export {};
