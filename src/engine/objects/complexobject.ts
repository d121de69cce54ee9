/** complexobject: (to be written) */
export {};
