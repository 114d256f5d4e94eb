/**
 * Running files through the pipeline and into delivery: one upload at a time, or bulk import jobs
 * with progress, reports and resume.
 */
package dev.copydesk.jobs;
