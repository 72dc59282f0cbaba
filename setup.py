"""The one packaging rule pyproject.toml cannot say: `resources/` ships inside the package.

The folder stays at the top of the repository (the installer, the tools and
the translators find it there), and the wheel carries it as the data-only
package `desktop_app.resources`, where `desktop_app.paths.resources_dir()`
looks in an installed copy. Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop_app", "desktop_app.*"]), "desktop_app.resources"],
    package_dir={"desktop_app.resources": "resources"},
)
