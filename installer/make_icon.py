"""Draw the application icon (a woven swatch with a check mark) as PNG and ICO.

Run: python installer/make_icon.py — writes resources/icons/app-icon.png and
app-icon.ico. Drawn in code so the icon is ours and can be regenerated.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int = 512) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    r = size // 8
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=r, fill=(14, 99, 112, 255))
    # weave: translucent warp and weft bands, composited over the tile
    weave = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    wd = ImageDraw.Draw(weave)
    band = size // 8
    for i in range(1, 7):
        x = i * band
        colour = (255, 255, 255, 60) if i % 2 else (255, 255, 255, 30)
        wd.rectangle((x, band // 2, x + band // 2, size - band // 2), fill=colour)
        wd.rectangle((band // 2, x, size - band // 2, x + band // 2), fill=(255, 255, 255, 25))
    img = Image.alpha_composite(img, weave)
    d = ImageDraw.Draw(img)
    # check mark
    w = size // 11
    pts = [(size * 0.24, size * 0.52), (size * 0.43, size * 0.71), (size * 0.78, size * 0.30)]
    d.line(pts, fill=(255, 214, 10, 255), width=w, joint="curve")
    for x, y in (pts[0], pts[-1]):
        d.ellipse((x - w / 2, y - w / 2, x + w / 2, y + w / 2), fill=(255, 214, 10, 255))
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.save(OUT / "app-icon.png")
    img.save(
        OUT / "app-icon.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )
    print(f"wrote {OUT / 'app-icon.png'} and {OUT / 'app-icon.ico'}")


if __name__ == "__main__":
    main()
