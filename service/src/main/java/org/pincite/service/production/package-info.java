/**
 * Making a production's volume in the background: {@code ProductionQueue} runs one production at a
 * time on the server's managed executor (resuming after a restart), {@code ProductionWorker} does
 * the work outside any transaction between the short transactions of {@code ProductionRecorder}
 * (take the job, number it, progress, done or failed). Each document is imaged ({@code
 * DocumentImaging}: a PDF's own pages, an image, text set on pages, or a slip sheet for a withheld
 * document or a native), its pages stamped ({@code PageStamper}: Bates number bottom right,
 * endorsement bottom left, the page shrunk into a margin so nothing is covered), and the volume
 * written ({@code VolumeWriter}: {@code VOL001/DATA} with the DAT and OPT through the load-file
 * codec, {@code IMAGES}, {@code TEXT}, {@code NATIVES}, the privilege log). Redacted pages come
 * through one seam, {@code PageRedactions}.
 */
package org.pincite.service.production;
