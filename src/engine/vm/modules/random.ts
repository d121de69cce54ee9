/** random: (to be written) */
export {};
