"""Pure readers and writers of exchange formats: record files, person lists, public notices."""
