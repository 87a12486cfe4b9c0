/** Messages a page shows: errors in the alert, notices in the status region. */
export interface PageMessages {
  errors?: string[];
  notices?: string[];
}
