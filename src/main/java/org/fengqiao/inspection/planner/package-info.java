/**
 * The joint-plan solver, independent of Spring and the database: pre-merges each firm's demands into candidate
 * visits, lets Timefold Solver assign dates under departments' daily capacity, and splits what cannot be placed
 * whole. Also the greedy baseline, the instance generator and the CSV files of {@code ./fengqiao plan}.
 */
package org.fengqiao.inspection.planner;
