/**
 * Moving a plan to another LA when the child or young person moves into its area (CFA s47; reg 15;
 * docs/law.md s9, "Moving to another council"): the old LA records the move and the day it became
 * aware of it, transfers the plan by its last lawful day, and the case and the child's record become
 * the new LA's, which tells the family within 6 weeks and reviews the plan by reg 15(5)'s date. One
 * {@code plan_transfer} row per move stays the old LA's trace of where the plan went. Commands and
 * reads {@code TransferService}; port {@code TransferProcess}, implemented in workflow/ over
 * bpmn/plan-transfer.bpmn.
 */
package uk.ehctracker.transfer;
