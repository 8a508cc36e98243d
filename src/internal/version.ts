/** The package version, shown in warnings when two copies of the library meet on one page. */
export const VERSION = '0.1.0';
