package be.nestwerk.offer;

/** Whether one rejected row stops the whole import, or only itself. Label "offer.import.mode.NAME". */
enum ImportMode {
    ALL_OR_NOTHING,
    VALID_ROWS
}
