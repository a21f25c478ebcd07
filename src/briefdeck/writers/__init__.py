"""Writers: a pure plan (layout, fitting, numbering), then emitters that draw it."""
