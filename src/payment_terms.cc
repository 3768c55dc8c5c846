// placeholder (issue 3, in progress)
