package media

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// Cache keeps encoded files on disk between builds, named by a hash of
// the source's bytes and the settings (the key) and the version's width.
// Entries are written to a temporary file beside their place and renamed
// into it, so a build never reads half a file, and two builds encoding
// the same photo at once both leave the same whole file. The generator
// owns the folder (it holds a CACHEDIR.TAG so backup tools skip it) and
// removes nothing from it: an entry is a few hundred KB and is correct
// for as long as it exists. A nil *Cache keeps nothing.
type Cache struct {
	dir string
}

// cacheTag marks the folder as a cache (https://bford.info/cachedir/).
const cacheTag = "Signature: 8a477f597d28d172789f06886806bc55\n" +
	"# This file is a cache directory tag created by phongtrao (the campaign site generator).\n" +
	"# It holds encoded photos and share cards; deleting the folder is safe.\n"

// DefaultCacheDir is where builds cache encoded files: "phongtrao" under
// the user's cache folder (os.UserCacheDir: $XDG_CACHE_HOME or
// ~/.cache on Linux), never inside a site's source; "" when there is
// none (no home folder), and then nothing is cached.
func DefaultCacheDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "phongtrao")
}

// OpenCache returns the cache in dir, nil when dir is "" or cannot be
// made (a build without a cache is slower, never wrong).
func OpenCache(dir string) *Cache {
	if dir == "" || os.MkdirAll(dir, 0o755) != nil {
		return nil
	}
	tag := filepath.Join(dir, "CACHEDIR.TAG")
	if _, err := os.Stat(tag); errors.Is(err, fs.ErrNotExist) {
		_ = writeAtomic(tag, []byte(cacheTag))
	}
	return &Cache{dir: dir}
}

// Key is the hex SHA-256 of settings, a zero byte and src: a cache key
// that changes with the bytes and with the way they are encoded.
func Key(settings string, src []byte) string {
	h := sha256.New()
	h.Write([]byte(settings))
	h.Write([]byte{0})
	h.Write(src)
	return hex.EncodeToString(h.Sum(nil))
}

// photoName is the cache entry of the version of width w of the source
// with key k.
func photoName(k string, w int, ext string) string { return k + "-" + strconv.Itoa(w) + ext }

// path is the file of entry name (which starts with a hex key) of kind
// ("anh" for photos, "the" for share cards).
func (c *Cache) path(kind, name string) string {
	return filepath.Join(c.dir, kind, name[:2], name)
}

// Get returns the cached entry name of kind, false when there is none.
func (c *Cache) Get(kind, name string) ([]byte, bool) {
	if c == nil {
		return nil, false
	}
	b, err := os.ReadFile(c.path(kind, name))
	return b, err == nil && len(b) > 0
}

// Put stores b as the entry name of kind; a failure only costs the next
// build an encoding.
func (c *Cache) Put(kind, name string, b []byte) {
	if c == nil {
		return
	}
	p := c.path(kind, name)
	if os.MkdirAll(filepath.Dir(p), 0o755) == nil {
		_ = writeAtomic(p, b)
	}
}

// writeAtomic writes b to a temporary file in p's folder and renames it
// to p, removing the temporary file if that fails.
func writeAtomic(p string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		_ = os.Remove(f.Name())
	}
	return err
}
