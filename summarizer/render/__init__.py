"""The render stage: the claims a post lacks in one of its languages translated, the Jekyll post
from the comparison, its publication to the blog, and the side-by-side page."""
