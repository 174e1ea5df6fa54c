package main

import "runtime"

// ordered runs work(i) for i in [0, n) on GOMAXPROCS goroutines and hands
// each result to emit in the order of i, on the calling goroutine. At most
// twice as many results as workers wait at any time, so memory does not
// grow with n. It stops at the first error emit returns.
func ordered[T any](n int, work func(i int) T, emit func(i int, v T) error) error {
	if n == 0 {
		return nil
	}
	workers := min(runtime.GOMAXPROCS(0), n)
	window := 2 * workers
	type result struct {
		i int
		v T
	}
	jobs := make(chan int)
	// Room for every result the window lets in: workers never block.
	results := make(chan result, window)
	tokens := make(chan struct{}, window)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case tokens <- struct{}{}:
			case <-done:
				return
			}
			jobs <- i
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				results <- result{i, work(i)}
			}
		}()
	}
	pending := make(map[int]T, window)
	for next := 0; next < n; {
		r := <-results
		pending[r.i] = r.v
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if err := emit(next, v); err != nil {
				return err
			}
			next++
			<-tokens
		}
	}
	return nil
}
