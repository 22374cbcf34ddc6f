"""Reading authors' source files: front matter and the pages a course is made of."""
