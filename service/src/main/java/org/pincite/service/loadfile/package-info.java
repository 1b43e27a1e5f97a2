/**
 * Load files, read and written by one codec: the Concordance DAT ({@code DatReader}, {@code
 * DatWriter}: U+0014 between fields, þ around values with a þ inside doubled, ® for a line break
 * inside a value, {@code ;} between multiple values, CRLF after each record) and the Opticon OPT
 * ({@code OptReader}, {@code OptWriter}: one line per page image, {@code
 * ImageKey,Volume,Path,DocBreak,FolderBreak,BoxBreak,PageCount}). Written as UTF-8 with a BOM; read
 * in whatever encoding they come ({@code LoadFileEncoding}: the BOM, else a decoding that fails
 * nothing, else Windows-1252) and with whatever delimiters the header shows ({@code
 * DatDelimiters}). Reading never throws on a bad file: it reports each problem with its line
 * ({@code LoadFileProblem}). Paths inside are relative to the load file with backslashes ({@code
 * VolumePath}). Knows nothing of documents or productions.
 */
package org.pincite.service.loadfile;
