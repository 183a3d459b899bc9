/**
 * The policy officers' workbench: pages in the browser (sign in, drafts, checks, impact, approval,
 * versions, decisions) over the same API that other systems call. The pages themselves are static
 * files under {@code src/main/resources/static/workbench}; the grid, the editor and the chart are WebJars.
 */
package hk.cleanerproduction.adjudicator.workbench;
