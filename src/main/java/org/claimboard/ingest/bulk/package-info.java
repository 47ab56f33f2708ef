/**
 * The {@code import} command: {@link org.claimboard.ingest.bulk.ImportCommand} starts the app without its web
 * server and hands folders, zip archives and files to {@link org.claimboard.ingest.bulk.BulkImporter}, which reads
 * each article file with {@link org.claimboard.ingest.SeedFiles} (the seed loader's reader) and stores it through
 * {@link org.claimboard.ingest.ArticleIngestService}, one transaction per article, so an interrupted import is
 * resumed by running it again. {@link org.claimboard.ingest.bulk.ZipArticles} keeps archives safe to read;
 * {@link org.claimboard.ingest.bulk.ImportProgress} and {@link org.claimboard.ingest.bulk.ImportTally} report.
 */
package org.claimboard.ingest.bulk;
